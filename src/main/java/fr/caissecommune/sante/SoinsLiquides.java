package fr.caissecommune.sante;

/** Les soins déjà liquidés (payés) pour un bénéficiaire : ce que consulte le contrôle des doublons. */
@FunctionalInterface
public interface SoinsLiquides {

    SoinsLiquides AUCUN = cle -> false;

    boolean contient(CleDeSoin cle);
}
