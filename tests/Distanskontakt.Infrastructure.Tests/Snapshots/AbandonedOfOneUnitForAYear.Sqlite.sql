.param set @units1 'HUD-SUS-LUND'
.param set @from '2025-06-02'
.param set @to '2026-06-01'

SELECT "a"."QuestionPath", COALESCE(SUM("a"."Count"), 0)
FROM "AbandonedAttempts" AS "a"
WHERE "a"."UnitCode" = @units1 AND "a"."Day" >= @from AND "a"."Day" <= @to
GROUP BY "a"."QuestionPath"
