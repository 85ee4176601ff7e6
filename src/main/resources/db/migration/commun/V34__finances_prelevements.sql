-- Finances : les ordres de prélèvement SEPA émis (pain.008), un par échéance et par mandat.
create table finances.ordre_de_prelevement (
    reference        varchar(35)   primary key,
    origine          varchar(40)   not null,
    tiers            varchar(100)  not null,
    debiteur         varchar(140)  not null,
    iban             varchar(34)   not null,
    bic              varchar(11),
    montant          numeric(15,2) not null check (montant > 0),
    date_echeance    date          not null,
    libelle          varchar(140)  not null,
    rum              varchar(35)   not null,
    date_signature   date          not null,
    schema_sepa      varchar(4)    not null,
    sequence_sepa    varchar(4)    not null,
    compte_de_tiers  varchar(10)   not null references finances.compte (numero),
    fichier          uuid          not null references finances.fichier_sepa (id)
);

create index ordre_de_prelevement_par_tiers on finances.ordre_de_prelevement (tiers);
