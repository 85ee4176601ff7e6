package fr.caissecommune.referentiel;

/** Aucune personne, ou aucun foyer, ne porte cet identifiant. */
public class PersonneIntrouvable extends fr.caissecommune.commun.Introuvable {

    public PersonneIntrouvable(Object id) {
        super("Introuvable dans le référentiel : " + id);
    }
}
