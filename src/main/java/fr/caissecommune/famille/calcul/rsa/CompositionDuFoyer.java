package fr.caissecommune.famille.calcul.rsa;

/**
 * La composition du foyer au sens du RSA et de la prime d'activité : l'allocataire, son conjoint éventuel et les
 * enfants ou personnes à charge retenus (CASF, art. R262-3 ; CSS, art. R842-1 et suivants), et l'isolement qui ouvre
 * droit au montant majoré (CASF, art. L262-9 ; CSS, art. L842-7).
 *
 * @param enCouple vrai si l'allocataire vit en couple (mariage, PACS ou concubinage)
 * @param enfantsACharge nombre d'enfants et de personnes à charge retenus
 * @param isolementOuvrantDroitALaMajoration personne isolée assumant seule la charge d'enfants ou enceinte, dans la
 *     durée de la majoration (jusqu'aux trois ans du plus jeune enfant ou douze mois après l'isolement)
 * @param grossesse vrai si l'allocataire isolée est enceinte
 */
public record CompositionDuFoyer(boolean enCouple, int enfantsACharge, boolean isolementOuvrantDroitALaMajoration, boolean grossesse) {

    public CompositionDuFoyer {
        if (enfantsACharge < 0) {
            throw new IllegalArgumentException("Nombre d'enfants à charge négatif : " + enfantsACharge);
        }
        if (enCouple && isolementOuvrantDroitALaMajoration) {
            throw new IllegalArgumentException("Un allocataire en couple n'est pas isolé");
        }
    }

    public static CompositionDuFoyer seul() {
        return new CompositionDuFoyer(false, 0, false, false);
    }

    public static CompositionDuFoyer couple(int enfants) {
        return new CompositionDuFoyer(true, enfants, false, false);
    }

    public int adultes() {
        return enCouple ? 2 : 1;
    }

    public int personnes() {
        return adultes() + enfantsACharge;
    }

    public String enFrancais() {
        var texte = new StringBuilder(enCouple ? "couple" : "personne seule");
        if (enfantsACharge > 0) {
            texte.append(" avec ").append(enfantsACharge).append(enfantsACharge > 1 ? " enfants à charge" : " enfant à charge");
        }
        if (grossesse) {
            texte.append(", enceinte");
        }
        return texte.toString();
    }
}
