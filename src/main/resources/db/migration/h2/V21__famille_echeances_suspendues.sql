-- H2 ne connaît pas les index partiels : un index sur le statut (la version PostgreSQL est partielle).
create index echeance_suspendue on famille.echeance (statut, foyer_id);
