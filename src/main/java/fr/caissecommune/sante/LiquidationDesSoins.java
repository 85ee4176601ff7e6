package fr.caissecommune.sante;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import fr.caissecommune.regles.JeuDeParametres;
import fr.caissecommune.regles.Parametres;
import fr.caissecommune.sante.calcul.Liquidation;
import fr.caissecommune.sante.calcul.ParametresALaDate;
import fr.caissecommune.sante.calcul.ParametresSante;
import fr.caissecommune.sante.nomenclatures.Nomenclatures;
import fr.caissecommune.sante.nomenclatures.RapportDeChargement;

/**
 * La liquidation des feuilles de soins : le service du module. Une feuille avec la situation et les cumuls de
 * son bénéficiaire donnés par l'appelant, ou un lot de feuilles en simulation : les plafonds s'y cumulent par
 * bénéficiaire dans l'ordre des dates de soins, et les doublons sont cherchés parmi les feuilles déjà payées du
 * lot. Les bénéficiaires sont liquidés en parallèle ; le résultat suit l'ordre du lot.
 */
@Service
public class LiquidationDesSoins {

    private final ParametresALaDate parametres;
    private final Nomenclatures nomenclatures;

    @Autowired
    LiquidationDesSoins(Parametres parametres, Nomenclatures nomenclatures) {
        this(parametres.courant(), nomenclatures);
    }

    private LiquidationDesSoins(JeuDeParametres jeu, Nomenclatures nomenclatures) {
        this.parametres = ParametresSante.enCache(jeu);
        this.nomenclatures = nomenclatures;
    }

    /** Un service hors de l'application (outils, bancs d'essai) sur un jeu de paramètres donné. */
    public static LiquidationDesSoins avec(JeuDeParametres jeu, Nomenclatures nomenclatures) {
        return new LiquidationDesSoins(jeu, nomenclatures);
    }

    /**
     * Liquide une feuille.
     *
     * @param situation    la situation du bénéficiaire, {@code null} s'il est inconnu de la caisse
     * @param cumuls       ses cumuls avant cette feuille
     * @param dejaLiquides ses soins déjà payés
     */
    public Decompte liquider(FeuilleDeSoins feuille, @org.jspecify.annotations.Nullable SituationDuBeneficiaire situation, Cumuls cumuls,
            SoinsLiquides dejaLiquides) {
        return Liquidation.liquider(feuille, situation, cumuls, dejaLiquides, parametres, nomenclatures);
    }

    /** Liquide un lot en simulation ; les décomptes suivent l'ordre du lot. */
    public List<Decompte> simuler(List<FeuilleSimulee> feuilles) {
        return simuler(feuilles, Function.identity());
    }

    /**
     * Liquide un lot en simulation et transforme chaque décompte dans le fil qui l'a calculé (pour écrire les
     * décomptes en parallèle) ; les résultats suivent l'ordre du lot.
     */
    @SuppressWarnings("unchecked")
    public <T> List<T> simuler(List<FeuilleSimulee> feuilles, Function<Decompte, T> transformation) {
        var parBeneficiaire = new HashMap<String, List<Integer>>();
        for (int i = 0; i < feuilles.size(); i++) {
            parBeneficiaire.computeIfAbsent(feuilles.get(i).feuille().nir().valeur(), n -> new ArrayList<>(4)).add(i);
        }
        var resultats = new Object[feuilles.size()];
        Comparator<Integer> ordreDesSoins = Comparator.<Integer, java.time.LocalDate>comparing(i -> feuilles.get(i).feuille().dateDesSoins())
                .thenComparing(Comparator.naturalOrder());
        var groupes = new ArrayList<>(parBeneficiaire.values());
        IntStream.range(0, groupes.size()).parallel().forEach(g -> {
            var indices = groupes.get(g);
            indices.sort(ordreDesSoins);
            var compteurs = new CompteursDuBeneficiaire();
            for (int i : indices) {
                var simulee = feuilles.get(i);
                var decompte = liquider(simulee.feuille(), simulee.situation(), compteurs.avant(simulee.feuille()), compteurs);
                compteurs.enregistrer(simulee.feuille(), decompte);
                resultats[i] = transformation.apply(decompte);
            }
        });
        var liste = new ArrayList<T>(resultats.length);
        for (var r : resultats) {
            liste.add((T) r);
        }
        return liste;
    }

    /** Les comptes rendus de chargement des nomenclatures. */
    public List<RapportDeChargement> referentiels() {
        return nomenclatures.rapports();
    }
}
