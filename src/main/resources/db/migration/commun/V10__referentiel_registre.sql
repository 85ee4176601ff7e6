-- Référentiel : personnes, foyers, situation datée (faits), communes, établissements, professionnels de santé.
create schema if not exists referentiel;

create table referentiel.commune (
    code          varchar(5)   primary key,
    nom           varchar(100) not null,
    nom_recherche varchar(100) not null,
    departement   varchar(3)   not null,
    codes_postaux varchar(200) not null,
    population    integer      not null
);
create index commune_nom on referentiel.commune (nom_recherche);
create index commune_departement on referentiel.commune (departement);

create table referentiel.personne (
    id                      uuid         primary key,
    nir                     varchar(15)  unique,
    nom_naissance           varchar(80)  not null,
    nom_usage               varchar(80),
    prenoms                 varchar(120) not null,
    sexe                    varchar(1)   not null,
    date_naissance          date         not null,
    commune_naissance       varchar(5),
    pays_naissance          varchar(60),
    telephone               varchar(20),
    courriel                varchar(120),
    nom_recherche           varchar(80)  not null,
    nom_naissance_recherche varchar(80)  not null,
    prenom_recherche        varchar(120) not null,
    cree_le                 timestamp    not null,
    cree_par                varchar(60)  not null
);
create index personne_nom on referentiel.personne (nom_recherche, prenom_recherche, date_naissance);
create index personne_nom_naissance on referentiel.personne (nom_naissance_recherche, date_naissance);

create sequence referentiel.numero_allocataire start with 1000001;

create table referentiel.foyer (
    id             uuid        primary key,
    numero         varchar(10) not null unique,
    allocataire_id uuid        not null references referentiel.personne (id),
    cree_le        date        not null
);
create index foyer_allocataire on referentiel.foyer (allocataire_id);

create table referentiel.fait (
    id             uuid         primary key,
    personne_id    uuid         not null references referentiel.personne (id),
    foyer_id       uuid         references referentiel.foyer (id),
    nature         varchar(30)  not null,
    date_effet     date         not null,
    donnees        varchar(2000) not null,
    source         varchar(20)  not null,
    operation      varchar(12)  not null,
    corrige        uuid,
    en_vigueur     boolean      not null,
    motif          varchar(300),
    enregistre_par varchar(60)  not null,
    enregistre_le  timestamp    not null
);
create index fait_personne on referentiel.fait (personne_id);
create index fait_foyer on referentiel.fait (foyer_id);

create table referentiel.etablissement (
    siret                    varchar(14)  primary key,
    siren                    varchar(9)   not null,
    raison_sociale           varchar(120) not null,
    raison_sociale_recherche varchar(120) not null,
    code_naf                 varchar(6),
    commune                  varchar(5)   not null,
    effectif                 integer      not null
);
create index etablissement_nom on referentiel.etablissement (raison_sociale_recherche);

create table referentiel.professionnel_de_sante (
    rpps       varchar(11) primary key,
    nom        varchar(80) not null,
    prenom     varchar(80) not null,
    specialite varchar(80) not null,
    secteur    smallint    not null,
    commune    varchar(5)  not null
);
