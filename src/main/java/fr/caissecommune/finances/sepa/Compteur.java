package fr.caissecommune.finances.sepa;

import java.math.BigDecimal;

/** Le nombre d'opérations et la somme effectivement écrits dans un lot ou un message, comparés à ceux annoncés. */
final class Compteur {

    private final String portee;
    private long nombre;
    private BigDecimal total = BigDecimal.ZERO;

    Compteur(String portee) {
        this.portee = portee;
    }

    void ajouter(BigDecimal montant) {
        nombre++;
        total = total.add(montant);
    }

    void verifier(long nombreAnnonce, BigDecimal totalAnnonce) {
        if (nombre != nombreAnnonce || total.compareTo(totalAnnonce) != 0) {
            throw new IllegalStateException("NbOfTxs/CtrlSum " + portee + " faux : annoncés " + nombreAnnonce + " / "
                    + XmlIndente.decimal(totalAnnonce) + ", écrits " + nombre + " / " + XmlIndente.decimal(total));
        }
    }
}
