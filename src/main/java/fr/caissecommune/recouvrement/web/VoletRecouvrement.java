package fr.caissecommune.recouvrement.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.caissecommune.recouvrement.Cotisants;
import fr.caissecommune.recouvrement.Recouvrements;
import fr.caissecommune.socle.VoletDuDossier;

/**
 * Le volet « Recouvrement » de la vue à 360° du guichet : pour une personne cotisante (travailleur indépendant,
 * praticien, particulier employeur), son compte, ce qu'elle doit, son plan en cours et ses derniers contacts avec le
 * recouvrement — l'historique des contacts est ainsi partagé avec l'accueil.
 */
@Component
class VoletRecouvrement implements VoletDuDossier {

    private final Cotisants cotisants;
    private final Recouvrements recouvrements;

    VoletRecouvrement(Cotisants cotisants, Recouvrements recouvrements) {
        this.cotisants = cotisants;
        this.recouvrements = recouvrements;
    }

    @Override
    public String titre() {
        return "Recouvrement";
    }

    @Override
    public String ancre() {
        return "recouvrement";
    }

    @Override
    public int ordre() {
        return 30;
    }

    @Override
    public String fragment() {
        return "recouvrement/volet :: volet";
    }

    @Override
    public Map<String, Object> pour(UUID personne) {
        return cotisants.parPersonne(personne).<Map<String, Object>>map(c -> Map.of("cotisant", c,
                "resteDu", recouvrements.resteDu(c.id(), LocalDate.now().plusDays(1)),
                "plan", recouvrements.planEnCours(c.id()).map(p -> (Object) p).orElse("aucun"),
                "contacts", cotisants.contacts(c.id()).stream().limit(5).toList())).orElse(Map.of());
    }

    @Override
    public String absence() {
        return "Cette personne n'est pas cotisante auprès de la caisse.";
    }
}
