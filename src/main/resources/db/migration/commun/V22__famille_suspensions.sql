-- Famille : suspensions du versement d'une prestation pour un foyer (déclaration trimestrielle de ressources non
-- reçue, décision de l'agent). Un mois compris dans [depuis, jusqua) n'est pas dû ; une suspension levée (jusqua
-- renseigné) fait réexaminer les mois suspendus, qui sont alors versés en rappel s'ils étaient dus.
create table famille.suspension (
    id         uuid         primary key,
    foyer_id   uuid         not null,
    prestation varchar(16)  not null,
    depuis     date         not null,   -- premier mois suspendu
    jusqua     date,                    -- premier mois de nouveau dû (null : en cours)
    motif      varchar(300) not null,
    origine    varchar(60)  not null,   -- ce qui l'a décidée (déclaration trimestrielle, agent)
    cree_le    timestamp    not null,
    levee_le   timestamp
);
create index suspension_par_foyer on famille.suspension (foyer_id);
create index suspension_en_cours on famille.suspension (jusqua, foyer_id);
