package fr.caissecommune.finances;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.caissecommune.commun.Periode;

/**
 * La comptabilité générale de la caisse : passer une écriture au grand livre, établir la balance, consulter
 * le grand livre d'un compte. Toute écriture est contrôlée avant d'être passée : équilibrée, lignes au débit ou
 * au crédit, montants positifs, comptes connus du plan (table {@code finances.compte}, {@link PlanComptable}).
 */
@Service
public class Comptabilite {

    private final Ecritures ecritures;
    private final Clock horloge;

    Comptabilite(Ecritures ecritures, ObjectProvider<Clock> horloge) {
        this.ecritures = ecritures;
        this.horloge = horloge.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * Passe l'écriture au grand livre, dans la transaction de l'appelant.
     *
     * @return le numéro de l'écriture
     * @throws IllegalArgumentException si un compte n'existe pas au plan (l'équilibre et la forme des lignes
     *         sont contrôlés dès la construction de l'{@link Ecriture})
     */
    @Transactional
    public long passer(Ecriture ecriture) {
        exigerComptesConnus(ecriture.lignes().stream().map(LigneEcriture::compte).toList(), "Écriture « " + ecriture.libelle() + " »");
        return ecritures.enregistrer(ecriture, LocalDateTime.now(horloge));
    }

    /** La balance de toutes les écritures passées. */
    @Transactional(readOnly = true)
    public Balance balance() {
        return new Balance(null, ecritures.balance(null));
    }

    /** La balance des écritures dont la date comptable est antérieure ou égale à {@code au}. */
    @Transactional(readOnly = true)
    public Balance balance(LocalDate au) {
        return new Balance(au, ecritures.balance(au));
    }

    /**
     * Le grand livre du compte sur la période {@code [début..fin)}.
     *
     * @throws IllegalArgumentException si le compte n'existe pas au plan
     */
    @Transactional(readOnly = true)
    public GrandLivre grandLivre(String compte, Periode periode) {
        var libelle = ecritures.libelleDuCompte(compte)
                .orElseThrow(() -> new IllegalArgumentException("Compte inconnu : « " + compte + " » n'existe pas au plan de comptes"));
        return new GrandLivre(compte, libelle, periode, ecritures.soldeAvant(compte, periode.debut()), ecritures.mouvements(compte, periode));
    }

    /** Refuse les comptes absents du plan, en les nommant tous. */
    void exigerComptesConnus(Collection<String> comptes, String objet) {
        var inconnus = new TreeSet<>(comptes);
        inconnus.removeAll(ecritures.comptesConnus(inconnus));
        if (!inconnus.isEmpty()) {
            throw new IllegalArgumentException(objet + " : compte(s) " + String.join(", ", inconnus) + " absent(s) du plan de comptes");
        }
    }
}
