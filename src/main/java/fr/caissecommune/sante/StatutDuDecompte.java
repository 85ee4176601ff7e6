package fr.caissecommune.sante;

/** L'issue de la liquidation d'une feuille de soins. */
public enum StatutDuDecompte {
    PAYE, REJETE
}
