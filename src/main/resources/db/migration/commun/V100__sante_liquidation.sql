-- Santé : liquidation des feuilles de soins en décomptes (chemin enregistré).
-- Les décomptes et leurs lignes, les motifs de rejet, et ce que la liquidation consulte d'une feuille à
-- l'autre : soins déjà payés (doublons), cumuls annuels et journaliers (plafonds de la participation
-- forfaitaire et des franchises), participations restant à récupérer. Les lots (fichiers) et leur point
-- d'avancement permettent de reprendre une liquidation interrompue.
create schema if not exists sante;

-- Un lot de feuilles reçu (fichier JSON lines, flux B2…) et son avancement.
create table sante.lot_de_liquidation (
    id              uuid         primary key,
    source          varchar(255) not null,
    recu_le         timestamp    not null,
    feuilles        integer,
    derniere_ligne  integer      not null default 0,   -- dernière ligne liquidée et enregistrée (reprise)
    statut          varchar(16)  not null,             -- EN_COURS, TERMINE, ABANDONNE
    termine_le      timestamp
);

-- Un décompte : la décision sur une feuille de soins, avec son explication et la version des paramètres.
create table sante.decompte (
    id                        uuid          primary key,
    lot                       uuid          references sante.lot_de_liquidation (id),
    ligne_du_lot              integer,
    feuille                   varchar(64),
    nir                       varchar(15),
    date_soins                date,
    date_reception            date,
    flux                      varchar(8),
    executant_rpps            varchar(11),
    statut                    varchar(8)    not null,   -- PAYE, REJETE
    payeur                    varchar(8)    not null,   -- ASSURE, PS
    montant_rembourse         numeric(12,2) not null,
    participation_forfaitaire numeric(10,2) not null,
    franchises                numeric(10,2) not null,
    recupere                  numeric(10,2) not null,
    a_recouvrer               numeric(10,2) not null,
    montant_paye              numeric(12,2) not null,
    version_parametres        varchar(64),
    explication               text          not null,
    liquide_le                timestamp     not null,
    constraint decompte_une_fois_par_ligne_du_lot unique (lot, ligne_du_lot)
);
create index decompte_par_beneficiaire on sante.decompte (nir, date_soins);
create index decompte_par_feuille on sante.decompte (feuille);

create table sante.ligne_de_decompte (
    decompte        uuid          not null references sante.decompte (id),
    numero          integer       not null,
    code            varchar(48)   not null,
    coefficient     numeric(9,3)  not null,
    quantite        integer       not null,
    montant_facture numeric(12,2) not null,
    base            numeric(12,2) not null,
    taux            numeric(5,4)  not null,
    rembourse       numeric(12,2) not null,
    depassement     numeric(12,2) not null,
    franchise       numeric(10,2) not null,
    primary key (decompte, numero)
);

create table sante.motif_de_rejet (
    decompte uuid        not null references sante.decompte (id),
    rang     integer     not null,
    code     varchar(32) not null,
    libelle  text        not null,
    primary key (decompte, rang)
);

-- Les soins payés : la clé du contrôle des doublons (même bénéficiaire, professionnel, date, acte, quantité).
create table sante.soin_paye (
    nir            varchar(15)  not null,
    executant_rpps varchar(11)  not null,
    date_soins     date         not null,
    code           varchar(48)  not null,
    coefficient    numeric(9,3) not null,
    activite       integer      not null,
    phase          integer      not null,
    quantite       integer      not null,
    decompte       uuid         not null references sante.decompte (id),
    primary key (nir, executant_rpps, date_soins, code, coefficient, activite, phase, quantite)
);

-- Participations forfaitaires et franchises retenues par bénéficiaire et par année civile des soins.
create table sante.cumul_annuel (
    nir            varchar(15)   not null,
    annee          integer       not null,
    participations numeric(10,2) not null,
    franchises     numeric(10,2) not null,
    primary key (nir, annee)
);

-- Par jour et par professionnel : nombre de participations forfaitaires et franchises sur actes paramédicaux.
create table sante.cumul_journalier (
    nir                      varchar(15)  not null,
    date_soins               date         not null,
    executant_rpps           varchar(11)  not null,
    participations           integer      not null,
    franchises_paramedicales numeric(8,2) not null,
    primary key (nir, date_soins, executant_rpps)
);

-- Par jour : franchises sur les transports (plafond journalier tous transporteurs confondus).
create table sante.cumul_transports (
    nir        varchar(15)  not null,
    date_soins date         not null,
    franchises numeric(8,2) not null,
    primary key (nir, date_soins)
);

-- Participations forfaitaires et franchises retenues en tiers payant, à récupérer sur un prochain paiement à l'assuré.
create table sante.participation_a_recouvrer (
    nir     varchar(15)   primary key,
    montant numeric(10,2) not null
);
