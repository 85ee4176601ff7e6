package fr.caissecommune.famille;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Les pièces justificatives d'une demande de prestation. La liste attendue pour chaque prestation est tenue ici,
 * une ligne par prestation ; une prestation sans liste propre demande les pièces communes (identité et RIB).
 */
public enum PieceJustificative {
    JUSTIFICATIF_D_IDENTITE("Justificatif d'identité (ou titre de séjour en cours de validité)"),
    RIB("Relevé d'identité bancaire au nom de l'allocataire"),
    LIVRET_DE_FAMILLE("Livret de famille ou actes de naissance des enfants"),
    AVIS_D_IMPOSITION("Avis d'impôt sur les revenus de l'année N-2"),
    DECLARATION_DE_RESSOURCES("Déclaration des ressources des trois derniers mois"),
    JUSTIFICATIF_DE_LOGEMENT("Bail, quittance ou attestation de loyer"),
    DECISION_CDAPH("Décision de la commission des droits et de l'autonomie des personnes handicapées"),
    DECLARATION_DE_GROSSESSE("Déclaration de grossesse (premier examen prénatal)"),
    JUSTIFICATIF_DE_GARDE("Contrat et bulletins de salaire de l'assistant(e) maternel(le) ou de la garde");

    private static final List<PieceJustificative> COMMUNES = List.of(JUSTIFICATIF_D_IDENTITE, RIB);
    private static final Map<Prestation, List<PieceJustificative>> ATTENDUES = new EnumMap<>(Prestation.class);

    static {
        // Une ligne par prestation : les pièces à fournir en plus des pièces communes.
        ATTENDUES.put(Prestation.AF, List.of(LIVRET_DE_FAMILLE, AVIS_D_IMPOSITION));
        ATTENDUES.put(Prestation.RSA, List.of(DECLARATION_DE_RESSOURCES, JUSTIFICATIF_DE_LOGEMENT));
        ATTENDUES.put(Prestation.PPA, List.of(DECLARATION_DE_RESSOURCES));
    }

    private final String libelle;

    PieceJustificative(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** Les pièces attendues pour une demande de cette prestation : pièces communes, puis pièces propres. */
    public static List<PieceJustificative> attenduesPour(Prestation prestation) {
        var pieces = new java.util.ArrayList<>(COMMUNES);
        pieces.addAll(ATTENDUES.getOrDefault(prestation, List.of()));
        return List.copyOf(pieces);
    }
}
