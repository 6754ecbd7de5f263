DECLARE @unit nvarchar(32) = N'HUD-SUS-LUND';
DECLARE @from date = '2026-05-02';
DECLARE @to date = '2026-06-01';
DECLARE @p int = 0;
DECLARE @p4 int = 50;

SELECT [l0].[Id], [l0].[Answers], [l0].[AnswersChanged], [l0].[AppVersion], [l0].[Channel], [l0].[Comment], [l0].[ContactDate], [l0].[ContactTypeCode], [l0].[ContactTypeKey], [l0].[ContactTypeName], [l0].[IdempotencyKey], [l0].[LoggedAtUtc], [l0].[NoteKinds], [l0].[Obligations], [l0].[QuestionPath], [l0].[Registration], [l0].[ReplacesVisit], [l0].[Role], [l0].[RuleSetId], [l0].[RuleSetStatus], [l0].[SecondsTaken], [l0].[StepsBack], [l0].[System], [l0].[Trace], [l0].[UnitCode], [l0].[UserIdHash], [d].[Id], [d].[Reason], [d].[RegistrationId], [d].[VoidedAtUtc], [d].[VoidedByHash]
FROM (
    SELECT [l].[Id], [l].[Answers], [l].[AnswersChanged], [l].[AppVersion], [l].[Channel], [l].[Comment], [l].[ContactDate], [l].[ContactTypeCode], [l].[ContactTypeKey], [l].[ContactTypeName], [l].[IdempotencyKey], [l].[LoggedAtUtc], [l].[NoteKinds], [l].[Obligations], [l].[QuestionPath], [l].[Registration], [l].[ReplacesVisit], [l].[Role], [l].[RuleSetId], [l].[RuleSetStatus], [l].[SecondsTaken], [l].[StepsBack], [l].[System], [l].[Trace], [l].[UnitCode], [l].[UserIdHash]
    FROM [LoggedDecisions] AS [l]
    WHERE [l].[UnitCode] = @unit AND [l].[ContactDate] >= @from AND [l].[ContactDate] <= @to
    ORDER BY [l].[ContactDate] DESC, [l].[LoggedAtUtc] DESC
    OFFSET @p ROWS FETCH NEXT @p4 ROWS ONLY
) AS [l0]
LEFT JOIN [DecisionVoids] AS [d] ON [l0].[Id] = [d].[RegistrationId]
ORDER BY [l0].[ContactDate] DESC, [l0].[LoggedAtUtc] DESC
