package fr.caissecommune.sante;

/** À qui la caisse paie le décompte : l'assuré, ou le professionnel de santé en tiers payant. */
public enum Payeur {
    ASSURE, PS
}
