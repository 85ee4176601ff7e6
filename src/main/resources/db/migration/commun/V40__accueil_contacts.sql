-- Accueil : l'historique des contacts avec les usagers, toutes branches confondues.
create schema if not exists accueil;

create table accueil.contact (
    id          uuid         primary key,
    personne_id uuid         not null,
    canal       varchar(20)  not null,
    motif       varchar(200) not null,
    suite       varchar(500) not null,
    le          timestamp    not null,
    agent       varchar(120) not null
);
create index contact_personne on accueil.contact (personne_id, le);
