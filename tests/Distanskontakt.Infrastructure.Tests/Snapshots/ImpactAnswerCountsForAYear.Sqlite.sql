.param set @since '2025-06-01'

SELECT "l"."System", "l"."Channel", "l"."Via1177Direkt", "l"."HandedOverSameUnitSameDay", "l"."SupportProgram", "l"."JournalDocumented", "l"."ReplacesVisit", "l"."LeadsToVisitSameDaySameUnit", "l"."ContactTypeKey", COUNT(*)
FROM "LoggedDecisions" AS "l"
LEFT JOIN "DecisionVoids" AS "d" ON "l"."Id" = "d"."RegistrationId"
WHERE "l"."ContactDate" >= @since AND "d"."Id" IS NULL
GROUP BY "l"."System", "l"."Channel", "l"."Via1177Direkt", "l"."HandedOverSameUnitSameDay", "l"."SupportProgram", "l"."JournalDocumented", "l"."ReplacesVisit", "l"."LeadsToVisitSameDaySameUnit", "l"."ContactTypeKey"
