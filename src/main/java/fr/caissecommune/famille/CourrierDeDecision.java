package fr.caissecommune.famille;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * La lettre de notification d'une décision sur une demande (PDF, en français) : objet, décision, montant et
 * explication du calcul pour un accord, motif et fondement pour un rejet, et les voies de recours (CRA dans les deux
 * mois, CSS art. R142-1).
 */
@Component
class CourrierDeDecision {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOIS = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final Font TITRE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TEXTE = new Font(Font.HELVETICA, 10.5f);
    private static final Font GRAS = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font PETIT = new Font(Font.COURIER, 8.5f);

    byte[] ecrire(Demande demande, @Nullable String adresse) {
        var sortie = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 60, 60, 50, 50);
        PdfWriter.getInstance(document, sortie);
        document.addTitle("Notification de décision — demande n° " + demande.numero());
        document.addCreator("Caisse commune de sécurité sociale");
        document.open();
        document.add(new Paragraph("Caisse commune de sécurité sociale — branche Famille", GRAS));
        document.add(new Paragraph("Service des prestations", TEXTE));
        var destinataire = new Paragraph(lisible(demande.nomDuDemandeur()) + (adresse == null ? "" : "\n" + lisible(adresse)), TEXTE);
        destinataire.setIndentationLeft(260);
        destinataire.setSpacingBefore(20);
        document.add(destinataire);
        var date = new Paragraph("Le " + JOUR.format(demande.decideeLe() == null ? LocalDate.now() : demande.decideeLe()), TEXTE);
        date.setAlignment(Element.ALIGN_RIGHT);
        date.setSpacingBefore(20);
        document.add(date);
        document.add(ligne("Allocataire n° ", demande.numeroAllocataire()));
        document.add(ligne("Demande n° ", demande.numero() + ", reçue le " + JOUR.format(demande.recueLe())));
        var objet = new Paragraph("Objet : votre demande de " + demande.prestation().libelle().toLowerCase(Locale.FRENCH), TITRE);
        objet.setSpacingBefore(16);
        objet.setSpacingAfter(10);
        document.add(objet);
        document.add(new Paragraph("Madame, Monsieur,", TEXTE));
        switch (demande.decision()) {
            case Decision.Accord accord -> {
                document.add(paragraphe("Nous avons examiné votre demande et les pièces que vous nous avez transmises. Votre droit à la "
                        + demande.prestation().libelle().toLowerCase(Locale.FRENCH) + " (" + demande.prestation().fondement()
                        + ") est ouvert à compter de " + MOIS.format(accord.aCompterDu().atDay(1)) + "."));
                document.add(paragraphe("Montant mensuel net : " + lisible(accord.montantMensuel().enFrancais())
                        + ". Il est versé le 5 de chaque mois pour le mois précédent ; les mois déjà échus vous sont versés en rappel."));
                document.add(paragraphe("Le détail du calcul, avec les paramètres réglementaires appliqués et leurs références :"));
                var explication = new Paragraph(lisible(accord.explication()), PETIT);
                explication.setIndentationLeft(12);
                document.add(explication);
            }
            case Decision.Rejet rejet -> {
                document.add(paragraphe("Nous avons examiné votre demande. Nous ne pouvons pas y donner une suite favorable pour le motif "
                        + "suivant : " + rejet.motif().libelle() + "."));
                document.add(paragraphe("Fondement : " + rejet.motif().fondement() + "."));
                if (!rejet.precision().isBlank()) {
                    document.add(paragraphe("Précision : " + lisible(rejet.precision())));
                }
            }
            case null -> throw new IllegalStateException("Demande " + demande.numero() + " non décidée : pas de lettre");
        }
        var recours = paragraphe("Si vous contestez cette décision, vous pouvez saisir la Commission de recours amiable de la caisse, "
                + "par écrit, dans un délai de deux mois à compter de la réception de ce courrier (code de la sécurité sociale, "
                + "art. R142-1). Vous pouvez aussi nous signaler tout changement de votre situation à l'accueil, par téléphone ou sur "
                + "votre espace en ligne.");
        recours.setSpacingBefore(14);
        document.add(recours);
        document.add(paragraphe("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."));
        var signature = new Paragraph("Le directeur,\npar délégation, " + (demande.decideePar() == null ? "le service des prestations"
                : "le technicien conseil " + demande.decideePar()), TEXTE);
        signature.setIndentationLeft(260);
        signature.setSpacingBefore(16);
        document.add(signature);
        document.close();
        return sortie.toByteArray();
    }

    private static Paragraph ligne(String libelle, String valeur) {
        var p = new Paragraph();
        p.add(new Chunk(libelle, TEXTE));
        p.add(new Chunk(lisible(valeur), GRAS));
        return p;
    }

    private static Paragraph paragraphe(String texte) {
        var p = new Paragraph(lisible(texte), TEXTE);
        p.setSpacingBefore(6);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        return p;
    }

    /** Les polices standard du PDF (WinAnsi) n'ont ni l'espace fine insécable ni la flèche : on les remplace. */
    static String lisible(String texte) {
        return texte.replace('\u202f', ' ').replace('\u00a0', ' ').replace("→", "->").replace("≤", "<=").replace("≥", ">=")
                .replace("×", "x").replace("…", "...").replace("—", "-").replace("–", "-");
    }
}
