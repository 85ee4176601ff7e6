package fr.caissecommune.recouvrement;

import fr.caissecommune.commun.Introuvable;

/** Aucun compte cotisant ne porte cet identifiant. */
public class CotisantIntrouvable extends Introuvable {

    public CotisantIntrouvable(Object id) {
        super("Compte cotisant inconnu : " + id);
    }
}
