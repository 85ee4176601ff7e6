package fr.caissecommune.commun;

/**
 * Une donnée refusée par une règle du référentiel, avec le champ en cause : les adaptateurs (formulaire,
 * API, ligne de commande) l'affichent à côté du champ.
 */
public class ChampInvalide extends IllegalArgumentException {

    private final String champ;

    public ChampInvalide(String champ, String message) {
        super(message);
        this.champ = champ;
    }

    public String champ() {
        return champ;
    }
}
