package fr.caissecommune.recouvrement;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import fr.caissecommune.recouvrement.calcul.CotisationsDuMois;
import fr.caissecommune.recouvrement.calcul.CotisationsSalariales;
import fr.caissecommune.recouvrement.calcul.ParametresDeCotisation;
import fr.caissecommune.recouvrement.calcul.SituationSalariale;
import fr.caissecommune.regles.Parametres;

/**
 * Le calcul des cotisations sociales dues pour un salarié et un mois, avec les paramètres législatifs en vigueur à
 * la date de versement. Les paramètres d'une date sont lus une fois puis gardés : le calcul de chaque salarié
 * n'est plus qu'une fonction pure.
 */
@Service
public class EvaluationDesCotisations {

    private final Parametres parametres;
    private final Map<LocalDate, ParametresDeCotisation> parDate = new ConcurrentHashMap<>();

    EvaluationDesCotisations(Parametres parametres) {
        this.parametres = parametres;
    }

    /** Les paramètres de cotisation en vigueur à une date (mis en cache). */
    public ParametresDeCotisation parametresAu(LocalDate date) {
        return parDate.computeIfAbsent(date, d -> ParametresDeCotisation.depuis(parametres.a(d)));
    }

    public CotisationsDuMois evaluer(SituationSalariale situation) {
        return CotisationsSalariales.calculer(situation, parametresAu(situation.date()));
    }

    /** La version du jeu de paramètres employé, à mémoriser avec tout calcul pour le rejouer. */
    public String versionDesParametres() {
        return parametres.version();
    }
}
