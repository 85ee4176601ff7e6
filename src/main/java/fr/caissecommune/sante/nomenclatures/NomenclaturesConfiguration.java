package fr.caissecommune.sante.nomenclatures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.caissecommune.regles.Parametres;

/** Charge les nomenclatures au démarrage, avec les taux de remboursement des médicaments en vigueur. */
@Configuration(proxyBeanMethods = false)
class NomenclaturesConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(NomenclaturesConfiguration.class);

    @Bean
    Nomenclatures nomenclatures(Parametres parametres) {
        var debut = System.nanoTime();
        var nomenclatures = Nomenclatures.chargerDepuisLeClasspath(date -> ClasseDeMedicament.parTaux(parametres.a(date)));
        LOG.info("Nomenclatures santé chargées en {} ms", (System.nanoTime() - debut) / 1_000_000);
        nomenclatures.rapports().forEach(r -> LOG.info(r.enTexte()));
        return nomenclatures;
    }
}
