package fr.caissecommune.socle;

import java.util.Map;

/** Une saisie refusée, avec un message par champ ; l'API la rend en 422 avec le détail des champs. */
public class SaisieRefusee extends RuntimeException {

    private final Map<String, String> erreurs;

    public SaisieRefusee(Saisie saisie) {
        super(saisie.erreurs().size() + " champ(s) refusé(s) : " + saisie.erreurs());
        this.erreurs = saisie.erreurs();
    }

    public Map<String, String> erreurs() {
        return erreurs;
    }
}
