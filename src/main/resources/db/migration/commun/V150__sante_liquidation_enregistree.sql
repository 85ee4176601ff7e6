-- Santé : liquidation enregistrée et reprenable, paiements, retours aux professionnels.

-- Ce qu'un décompte a imputé sur les plafonds journaliers (relu pour les feuilles suivantes du même jour),
-- la date de sa liquidation et la référence de l'ordre de paiement qui l'a réglé.
alter table sante.decompte add column participations integer not null default 0;
alter table sante.decompte add column franchises_paramedicales numeric(8,2) not null default 0;
alter table sante.decompte add column franchises_transports numeric(8,2) not null default 0;
alter table sante.decompte add column date_liquidation date;
alter table sante.decompte add column paiement varchar(35);
create index decompte_a_payer on sante.decompte (date_liquidation, paiement);
create index decompte_par_executant on sante.decompte (executant_rpps, date_liquidation);

-- Un fichier n'est liquidé qu'une fois : son empreinte SHA-256 retrouve le lot à reprendre.
alter table sante.lot_de_liquidation add column empreinte varchar(64);
alter table sante.lot_de_liquidation add column date_liquidation date;
create unique index lot_par_empreinte on sante.lot_de_liquidation (empreinte);

-- Les lignes d'un lot rejetées (illisibles ou refusées) : le texte reçu, le code et le motif, pour correction.
create table sante.feuille_en_quarantaine (
    lot          uuid        not null references sante.lot_de_liquidation (id),
    ligne_du_lot integer     not null,
    feuille      varchar(64),
    code         varchar(32) not null,
    motif        text        not null,
    contenu      text        not null,
    primary key (lot, ligne_du_lot)
);

-- La situation des bénéficiaires telle que la liquidation la lit (en attendant l'API des droits) : date de
-- naissance et, s'il y a lieu, les particularités au format « beneficiaire » des feuilles (JSON).
create table sante.situation_de_liquidation (
    nir            varchar(15) primary key,
    date_naissance date        not null,
    situation      text
);

-- Les coordonnées bancaires des payés (assurés « ASSURE:<nir> », professionnels « PS:<rpps> »).
create table sante.compte_de_paiement (
    tiers     varchar(24)  primary key,
    titulaire varchar(140) not null,
    iban      varchar(34)  not null,
    bic       varchar(11)
);

-- Une seule liquidation à la fois : les cumuls des bénéficiaires sont lus puis réécrits par tranche.
create table sante.verrou_de_liquidation (
    id integer primary key
);
insert into sante.verrou_de_liquidation (id) values (1);
