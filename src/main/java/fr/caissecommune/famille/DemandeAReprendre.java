package fr.caissecommune.famille;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.caissecommune.referentiel.FoyerId;
import fr.caissecommune.referentiel.Source;

/**
 * Une demande passée à reprendre en masse (département simulé, migration) : reçue à une date avec certaines pièces,
 * éventuellement décidée à une date. Décidée avec toutes ses pièces, elle est accordée si le droit du mois qui suit
 * la réception est ouvert, rejetée sinon (conditions non remplies) ; décidée sans toutes ses pièces, elle est rejetée
 * pour pièces non fournies.
 */
public record DemandeAReprendre(FoyerId foyer, Prestation prestation, Source canal, LocalDate recueLe, Set<PieceJustificative> piecesRecues,
        @Nullable LocalDate decideeLe) {
}
