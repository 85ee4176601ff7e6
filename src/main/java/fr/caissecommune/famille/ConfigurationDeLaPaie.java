package fr.caissecommune.famille;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Le traitement par lots de la paie mensuelle : lecture des dossiers ouverts par ordre d'identifiant de foyer
 * (la position est conservée à chaque lot validé), paiement par lots de {@code caisse.famille.paie.taille-des-lots}.
 */
@Configuration
class ConfigurationDeLaPaie {

    @Bean
    Job paieMensuelle(JobRepository registre, Step payerLesFoyers) {
        return new JobBuilder(PaiementMensuel.TRAITEMENT, registre).start(payerLesFoyers).build();
    }

    @Bean
    Step payerLesFoyers(JobRepository registre, PlatformTransactionManager transactions, JdbcPagingItemReader<UUID> dossiersOuverts,
            ItemWriter<UUID> paiementDuLot, @Value("${caisse.famille.paie.taille-des-lots:2000}") int tailleDesLots) {
        return new StepBuilder("famille.payer-les-foyers", registre).<UUID, UUID>chunk(tailleDesLots)
                .transactionManager(transactions)
                .reader(dossiersOuverts)
                .writer(paiementDuLot)
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<UUID> dossiersOuverts(DataSource source, @Value("#{jobParameters['mois']}") String mois,
            @Value("${caisse.famille.paie.taille-des-lots:2000}") int tailleDesLots) throws Exception {
        var premierJourSuivant = YearMonth.parse(mois).plusMonths(1).atDay(1);
        return new JdbcPagingItemReaderBuilder<UUID>()
                .name("dossiersOuverts")
                .dataSource(source)
                .selectClause("select foyer_id")
                .fromClause("from famille.dossier")
                .whereClause("where statut = 'OUVERT' and ouvert_le < :premierJourSuivant")
                .parameterValues(Map.of("premierJourSuivant", java.sql.Date.valueOf(premierJourSuivant)))
                .sortKeys(Map.of("foyer_id", Order.ASCENDING))
                .rowMapper((rs, i) -> rs.getObject("foyer_id", UUID.class))
                .pageSize(tailleDesLots)
                .saveState(true)
                .build();
    }

    @Bean
    @StepScope
    ItemWriter<UUID> paiementDuLot(PaiementMensuel paiement, @Value("#{jobParameters['mois']}") String mois) {
        var leMois = YearMonth.parse(mois);
        return lot -> paiement.payerLeLot(leMois, List.copyOf(lot.getItems()));
    }
}
