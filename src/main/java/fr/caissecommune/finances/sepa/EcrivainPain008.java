package fr.caissecommune.finances.sepa;

import java.io.OutputStream;

import org.jspecify.annotations.Nullable;

/**
 * Écrit en flux un ordre de prélèvements SEPA {@code pain.008.001.08} : l'en-tête, puis des lots (un par
 * schéma, séquence et date d'échéance), chacun suivi de ses prélèvements, avec une mémoire constante.
 *
 * <p>Règles SEPA appliquées : service SEPA, frais SLEV, identifiant créancier (ICS) dans {@code CdtrSchmeId}
 * avec le schéma propriétaire « SEPA », mandat (RUM et date de signature) sur chaque opération, banque du
 * débiteur « NOTPROVIDED » quand son BIC n'est pas connu, noms et libellés translittérés (jeu EPC).
 */
public final class EcrivainPain008 {

    public static final String ESPACE_DE_NOMS = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.08";

    private final XmlIndente xml;
    private final EnTeteDeMessage enTete;
    private final Compteur message = new Compteur("du message");
    private @Nullable Compteur lot;
    private @Nullable LotDePrelevements lotOuvert;

    public EcrivainPain008(OutputStream sortie, EnTeteDeMessage enTete) {
        this.enTete = enTete;
        this.xml = new XmlIndente(sortie, ESPACE_DE_NOMS);
        xml.ouvrir("CstmrDrctDbtInitn")
                .ouvrir("GrpHdr")
                .element("MsgId", enTete.msgId())
                .element("CreDtTm", XmlIndente.dateHeure(enTete.creation()))
                .element("NbOfTxs", Long.toString(enTete.nombre()))
                .element("CtrlSum", XmlIndente.decimal(enTete.total()))
                .ouvrir("InitgPty").element("Nm", Epc.translitterer(enTete.initiateur(), 70)).fermer()
                .fermer();
    }

    public void ouvrirLot(LotDePrelevements nouveau) {
        if (lotOuvert != null) {
            throw new IllegalStateException("Lot " + lotOuvert.pmtInfId() + " encore ouvert : fermez-le avant d'ouvrir " + nouveau.pmtInfId());
        }
        lotOuvert = nouveau;
        lot = new Compteur("du lot " + nouveau.pmtInfId());
        var creancier = nouveau.creancier();
        xml.ouvrir("PmtInf")
                .element("PmtInfId", nouveau.pmtInfId())
                .element("PmtMtd", "DD")
                .element("BtchBookg", "true")
                .element("NbOfTxs", Long.toString(nouveau.nombre()))
                .element("CtrlSum", XmlIndente.decimal(nouveau.total()))
                .ouvrir("PmtTpInf")
                .ouvrir("SvcLvl").element("Cd", "SEPA").fermer()
                .ouvrir("LclInstrm").element("Cd", nouveau.schema()).fermer()
                .element("SeqTp", nouveau.sequence())
                .fermer()
                .element("ReqdColltnDt", XmlIndente.date(nouveau.dateEcheance()))
                .ouvrir("Cdtr").element("Nm", Epc.translitterer(creancier.titulaire(), 70)).fermer()
                .iban("CdtrAcct", creancier.iban())
                .agent("CdtrAgt", creancier.bic() == null ? "NOTPROVIDED" : creancier.bic())
                .element("ChrgBr", "SLEV")
                .ouvrir("CdtrSchmeId").ouvrir("Id").ouvrir("PrvtId").ouvrir("Othr")
                .element("Id", nouveau.ics().valeur())
                .ouvrir("SchmeNm").element("Prtry", "SEPA").fermer()
                .fermer().fermer().fermer().fermer();
    }

    public void ecrire(Prelevement prelevement) {
        if (lot == null) {
            throw new IllegalStateException("Aucun lot ouvert pour le prélèvement " + prelevement.endToEndId());
        }
        if (!Epc.estUneReference(prelevement.endToEndId())) {
            throw new IllegalArgumentException("EndToEndId invalide : « " + prelevement.endToEndId() + " » doit compter 1 à 35 caractères du jeu EPC");
        }
        xml.ouvrir("DrctDbtTxInf")
                .ouvrir("PmtId").element("EndToEndId", prelevement.endToEndId()).fermer()
                .montant("InstdAmt", prelevement.montant())
                .ouvrir("DrctDbtTx").ouvrir("MndtRltdInf")
                .element("MndtId", prelevement.rum())
                .element("DtOfSgntr", XmlIndente.date(prelevement.dateSignature()))
                .fermer().fermer()
                .agent("DbtrAgt", prelevement.bic() == null ? "NOTPROVIDED" : prelevement.bic())
                .ouvrir("Dbtr").element("Nm", Epc.translitterer(prelevement.debiteur(), 70)).fermer()
                .iban("DbtrAcct", prelevement.iban())
                .ouvrir("RmtInf").element("Ustrd", Epc.translitterer(prelevement.libelle(), 140)).fermer()
                .fermer();
        lot.ajouter(prelevement.montant());
        message.ajouter(prelevement.montant());
    }

    /** Écrit l'opération dans le lot donné : le lot en cours est fermé et celui-ci ouvert s'ils diffèrent. */
    public void ecrire(LotDePrelevements lotDeLOperation, Prelevement prelevement) {
        if (!lotDeLOperation.equals(lotOuvert)) {
            if (lotOuvert != null) {
                fermerLot();
            }
            ouvrirLot(lotDeLOperation);
        }
        ecrire(prelevement);
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
