package fr.caissecommune.finances.sepa;

import java.io.OutputStream;
import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Écrit en flux un ordre de virements SEPA {@code pain.001.001.09} : l'en-tête, puis des lots (un par date
 * d'exécution), chacun suivi de ses virements. Rien n'est gardé en mémoire hormis les compteurs : un fichier
 * d'un million de virements s'écrit avec une mémoire constante.
 *
 * <p>Règles SEPA appliquées : service SEPA, catégorie SSBE (prestation de sécurité sociale), frais partagés
 * selon le service (SLEV), montants à deux décimales, noms (70 caractères au plus) et libellés (140)
 * translittérés dans le jeu de caractères EPC. Nombre d'opérations et somme de contrôle annoncés sont
 * comparés, à la fermeture de chaque lot et du message, à ce qui a été écrit.
 */
public final class EcrivainPain001 {

    public static final String ESPACE_DE_NOMS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    private final XmlIndente xml;
    private final EnTeteDeMessage enTete;
    private final Compteur message = new Compteur("du message");
    private @Nullable Compteur lot;
    private @Nullable LotDeVirements lotOuvert;

    public EcrivainPain001(OutputStream sortie, EnTeteDeMessage enTete) {
        this.enTete = enTete;
        this.xml = new XmlIndente(sortie, ESPACE_DE_NOMS);
        xml.ouvrir("CstmrCdtTrfInitn")
                .ouvrir("GrpHdr")
                .element("MsgId", enTete.msgId())
                .element("CreDtTm", XmlIndente.dateHeure(enTete.creation()))
                .element("NbOfTxs", Long.toString(enTete.nombre()))
                .element("CtrlSum", XmlIndente.decimal(enTete.total()))
                .ouvrir("InitgPty").element("Nm", Epc.translitterer(enTete.initiateur(), 70)).fermer()
                .fermer();
    }

    public void ouvrirLot(LotDeVirements nouveau) {
        if (lotOuvert != null) {
            throw new IllegalStateException("Lot " + lotOuvert.pmtInfId() + " encore ouvert : fermez-le avant d'ouvrir " + nouveau.pmtInfId());
        }
        lotOuvert = nouveau;
        lot = new Compteur("du lot " + nouveau.pmtInfId());
        var debiteur = nouveau.debiteur();
        xml.ouvrir("PmtInf")
                .element("PmtInfId", nouveau.pmtInfId())
                .element("PmtMtd", "TRF")
                .element("BtchBookg", "true")
                .element("NbOfTxs", Long.toString(nouveau.nombre()))
                .element("CtrlSum", XmlIndente.decimal(nouveau.total()))
                .ouvrir("PmtTpInf")
                .ouvrir("SvcLvl").element("Cd", "SEPA").fermer()
                .ouvrir("CtgyPurp").element("Cd", "SSBE").fermer()
                .fermer()
                .ouvrir("ReqdExctnDt").element("Dt", XmlIndente.date(nouveau.dateExecution())).fermer()
                .ouvrir("Dbtr").element("Nm", Epc.translitterer(debiteur.titulaire(), 70)).fermer()
                .iban("DbtrAcct", debiteur.iban())
                .agent("DbtrAgt", debiteur.bic() == null ? "NOTPROVIDED" : debiteur.bic())
                .element("ChrgBr", "SLEV");
    }

    public void ecrire(Virement virement) {
        if (lot == null) {
            throw new IllegalStateException("Aucun lot ouvert pour le virement " + virement.endToEndId());
        }
        if (!Epc.estUneReference(virement.endToEndId())) {
            throw new IllegalArgumentException("EndToEndId invalide : « " + virement.endToEndId() + " » doit compter 1 à 35 caractères du jeu EPC");
        }
        xml.ouvrir("CdtTrfTxInf")
                .ouvrir("PmtId").element("EndToEndId", virement.endToEndId()).fermer()
                .ouvrir("Amt").montant("InstdAmt", virement.montant()).fermer();
        if (virement.bic() != null) {
            xml.agent("CdtrAgt", virement.bic());
        }
        xml.ouvrir("Cdtr").element("Nm", Epc.translitterer(virement.beneficiaire(), 70)).fermer()
                .iban("CdtrAcct", virement.iban())
                .ouvrir("RmtInf").element("Ustrd", Epc.translitterer(virement.libelle(), 140)).fermer()
                .fermer();
        lot.ajouter(virement.montant());
        message.ajouter(virement.montant());
    }

    /** Écrit l'opération dans le lot donné : le lot en cours est fermé et celui-ci ouvert s'ils diffèrent. */
    public void ecrire(LotDeVirements lotDeLOperation, Virement virement) {
        if (!lotDeLOperation.equals(lotOuvert)) {
            if (lotOuvert != null) {
                fermerLot();
            }
            ouvrirLot(lotDeLOperation);
        }
        ecrire(virement);
    }

    public void fermerLot() {
        if (lotOuvert == null || lot == null) {
            throw new IllegalStateException("Aucun lot ouvert");
        }
        lot.verifier(lotOuvert.nombre(), lotOuvert.total());
        xml.fermer();
        lotOuvert = null;
        lot = null;
    }

    /** Ferme le message après avoir vérifié le nombre d'opérations et la somme de contrôle de l'en-tête. */
    public void terminer() {
        if (lotOuvert != null) {
            fermerLot();
        }
        message.verifier(enTete.nombre(), enTete.total());
        xml.fermer();
        xml.terminer();
    }
}
