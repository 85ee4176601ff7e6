/**
 * Le guichet unique : la recherche d'une personne, sa vue à 360° toutes branches confondues (identité, foyer,
 * historique de situation, droits et paiements par branche, contacts), l'enregistrement une seule fois d'un
 * changement de situation (« Dites-le nous une fois ») et l'historique des contacts (visites, appels, courriels,
 * courriers). Chaque ouverture de dossier est tracée au journal d'audit avec son motif.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accueil",
        allowedDependencies = { "commun", "socle", "referentiel", "famille", "finances" })
@org.jspecify.annotations.NullMarked
package fr.caissecommune.accueil;
