DECLARE @units1 nvarchar(32) = N'HUD-SUS-LUND';
DECLARE @from date = '2025-06-02';
DECLARE @to date = '2026-06-01';

SELECT [a].[QuestionPath], COALESCE(SUM([a].[Count]), 0)
FROM [AbandonedAttempts] AS [a]
WHERE [a].[UnitCode] = @units1 AND [a].[Day] >= @from AND [a].[Day] <= @to
GROUP BY [a].[QuestionPath]
