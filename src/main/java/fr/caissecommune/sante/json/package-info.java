/**
 * Les formats d'échange de la liquidation : les feuilles de soins en JSON (une par ligne dans un fichier JSON
 * lines, ou une par requête), et les décomptes en JSON. Décrits dans {@code docs/sante-format-feuilles.md}.
 */
@org.jspecify.annotations.NullMarked
package fr.caissecommune.sante.json;
