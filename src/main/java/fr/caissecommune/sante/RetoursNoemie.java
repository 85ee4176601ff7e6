package fr.caissecommune.sante;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Les retours aux professionnels de santé, à la manière de NOEMIE (norme ouverte d'échanges entre l'assurance
 * maladie et les intervenants extérieurs) : un fichier par professionnel et par jour de liquidation, listant
 * chacune de ses feuilles liquidées ce jour — payée (lignes avec base, taux et remboursé ; participation,
 * franchises, montant payé et à qui ; référence du virement) ou rejetée (codes et motifs). Format décrit dans
 * {@code docs/sante-liquidation.md} ; les fichiers d'un jour sont réécrits à l'identique si on les redemande.
 */
@Service
public class RetoursNoemie {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.BASIC_ISO_DATE;

    /** Le bilan : les fichiers écrits et le nombre de décomptes qu'ils portent. */
    public record Bilan(List<Path> fichiers, int decomptes) {
    }

    private final JdbcTemplate jdbc;

    RetoursNoemie(DataSource source) {
        this.jdbc = new JdbcTemplate(source);
        this.jdbc.setFetchSize(5_000);
    }

    /** Écrit les retours des feuilles liquidées le jour donné dans {@code repertoire/AAAAMMJJ/}. */
    @Transactional(readOnly = true)
    public Bilan ecrire(LocalDate jour, Path repertoire) throws IOException {
        var dossier = repertoire.resolve(JOUR.format(jour));
        Files.createDirectories(dossier);
        var motifs = new HashMap<UUID, List<String[]>>();
        jdbc.query("""
                select m.decompte, m.code, m.libelle from sante.motif_de_rejet m join sante.decompte d on d.id = m.decompte
                where d.date_liquidation = ? and d.executant_rpps is not null order by m.decompte, m.rang
                """, rs -> {
            motifs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>(1)).add(new String[] { rs.getString(2), rs.getString(3) });
        }, jour);
        var ecrivain = new Ecrivain(dossier, jour, motifs);
        try {
            jdbc.query("""
                    select d.id, d.executant_rpps, d.feuille, d.nir, d.date_soins, d.date_reception, d.flux, d.statut, d.payeur, d.montant_rembourse,
                           d.participation_forfaitaire, d.franchises, d.montant_paye, d.paiement,
                           l.numero, l.code, l.quantite, l.base, l.taux, l.rembourse, l.depassement
                    from sante.decompte d left join sante.ligne_de_decompte l on l.decompte = d.id
                    where d.date_liquidation = ? and d.executant_rpps is not null
                    order by d.executant_rpps, d.feuille, d.id, l.numero
                    """, rs -> {
                ecrivain.ligne(rs);
            }, jour);
            ecrivain.terminer();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Bilan(ecrivain.fichiers, ecrivain.decomptes);
    }

    /** Écrit les fichiers au fil de la lecture, triée par professionnel puis par feuille. */
    private static final class Ecrivain {
        private final Path dossier;
        private final LocalDate jour;
        private final Map<UUID, List<String[]>> motifs;
        final List<Path> fichiers = new ArrayList<>();
        int decomptes;
        private @Nullable String rpps;
        private @Nullable UUID decompte;
        private @Nullable BufferedWriter sortie;
        private @Nullable Path temporaire;
        private int nombre, payes, rejetes;
        private BigDecimal auProfessionnel = BigDecimal.ZERO;

        Ecrivain(Path dossier, LocalDate jour, Map<UUID, List<String[]>> motifs) {
            this.dossier = dossier;
            this.jour = jour;
            this.motifs = motifs;
        }

        void ligne(java.sql.ResultSet rs) throws java.sql.SQLException {
            try {
                var professionnel = rs.getString(2);
                if (!professionnel.equals(rpps)) {
                    terminer();
                    ouvrir(professionnel);
                }
                var id = rs.getObject(1, UUID.class);
                var feuille = texte(rs.getString(3));
                if (!id.equals(decompte)) {
                    decompte = id;
                    decomptes++;
                    nombre++;
                    var statut = rs.getString(8);
                    var paye = rs.getBigDecimal(13);
                    if ("PAYE".equals(statut)) {
                        payes++;
                        if ("PS".equals(rs.getString(9))) {
                            auProfessionnel = auProfessionnel.add(paye);
                        }
                    } else {
                        rejetes++;
                    }
                    ecrire("DEC", feuille, texte(rs.getString(4)), String.valueOf(rs.getObject(5, LocalDate.class)),
                            String.valueOf(rs.getObject(6, LocalDate.class)), texte(rs.getString(7)), statut, rs.getString(9),
                            rs.getBigDecimal(10).toPlainString(), rs.getBigDecimal(11).toPlainString(), rs.getBigDecimal(12).toPlainString(),
                            paye.toPlainString(), texte(rs.getString(14)));
                    for (var m : motifs.getOrDefault(id, List.of())) {
                        ecrire("REJ", feuille, m[0], m[1]);
                    }
                }
                if (rs.getObject(15) != null) {
                    ecrire("LIG", feuille, String.valueOf(rs.getInt(15)), rs.getString(16), String.valueOf(rs.getInt(17)),
                            rs.getBigDecimal(18).toPlainString(), rs.getBigDecimal(19).stripTrailingZeros().toPlainString(),
                            rs.getBigDecimal(20).toPlainString(), rs.getBigDecimal(21).toPlainString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void ouvrir(String professionnel) throws IOException {
            rpps = professionnel;
            decompte = null;
            nombre = payes = rejetes = 0;
            auProfessionnel = BigDecimal.ZERO;
            temporaire = dossier.resolve("NOEMIE-" + professionnel + "-" + JOUR.format(jour) + ".txt.part");
            sortie = Files.newBufferedWriter(temporaire, StandardCharsets.UTF_8);
            ecrire("ENT", "NOEMIE-RSP", "1", professionnel, JOUR.format(jour));
        }

        void terminer() {
            if (sortie == null || temporaire == null) {
                return;
            }
            try {
                ecrire("FIN", String.valueOf(nombre), String.valueOf(payes), String.valueOf(rejetes), auProfessionnel.toPlainString());
                sortie.close();
                var fichier = dossier.resolve(temporaire.getFileName().toString().replace(".part", ""));
                Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                fichiers.add(fichier);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sortie = null;
        }

        private void ecrire(String... champs) throws IOException {
            var s = sortie;
            if (s == null) {
                return;
            }
            for (int i = 0; i < champs.length; i++) {
                if (i > 0) {
                    s.write(';');
                }
                s.write(champs[i].replace(';', ',').replace('\n', ' '));
            }
            s.write('\n');
        }

        private static String texte(@Nullable String valeur) {
            return valeur == null ? "" : valeur;
        }
    }
}
