DECLARE @units1 nvarchar(32) = N'HUD-SUS-LUND';
DECLARE @units2 nvarchar(32) = N'ORT-SUS-MALMO';
DECLARE @from date = '2026-01-01';
DECLARE @to date = '2026-06-01';
DECLARE @system varchar(32) = 'pasis';
DECLARE @contactType nvarchar(120) = N'KT';
DECLARE @registration varchar(32) = 'register';
DECLARE @channel varchar(32) = 'phone';
DECLARE @p int = 50;
DECLARE @p8 int = 25;

SELECT [l0].[Id], [l0].[Answers], [l0].[AnswersChanged], [l0].[AppVersion], [l0].[Channel], [l0].[Comment], [l0].[ContactDate], [l0].[ContactTypeCode], [l0].[ContactTypeKey], [l0].[ContactTypeName], [l0].[IdempotencyKey], [l0].[LoggedAtUtc], [l0].[NoteKinds], [l0].[Obligations], [l0].[QuestionPath], [l0].[Registration], [l0].[ReplacesVisit], [l0].[Role], [l0].[RuleSetId], [l0].[RuleSetStatus], [l0].[SecondsTaken], [l0].[StepsBack], [l0].[System], [l0].[Trace], [l0].[UnitCode], [l0].[UserIdHash], [d].[Id], [d].[Reason], [d].[RegistrationId], [d].[VoidedAtUtc], [d].[VoidedByHash]
FROM (
    SELECT [l].[Id], [l].[Answers], [l].[AnswersChanged], [l].[AppVersion], [l].[Channel], [l].[Comment], [l].[ContactDate], [l].[ContactTypeCode], [l].[ContactTypeKey], [l].[ContactTypeName], [l].[IdempotencyKey], [l].[LoggedAtUtc], [l].[NoteKinds], [l].[Obligations], [l].[QuestionPath], [l].[Registration], [l].[ReplacesVisit], [l].[Role], [l].[RuleSetId], [l].[RuleSetStatus], [l].[SecondsTaken], [l].[StepsBack], [l].[System], [l].[Trace], [l].[UnitCode], [l].[UserIdHash]
    FROM [LoggedDecisions] AS [l]
    WHERE [l].[UnitCode] IN (@units1, @units2) AND [l].[ContactDate] >= @from AND [l].[ContactDate] <= @to AND [l].[System] = @system AND [l].[ContactTypeKey] = @contactType AND [l].[Registration] = @registration AND [l].[Channel] = @channel
    ORDER BY [l].[Channel], [l].[ContactDate] DESC, [l].[LoggedAtUtc] DESC
    OFFSET @p ROWS FETCH NEXT @p8 ROWS ONLY
) AS [l0]
LEFT JOIN [DecisionVoids] AS [d] ON [l0].[Id] = [d].[RegistrationId]
ORDER BY [l0].[Channel], [l0].[ContactDate] DESC, [l0].[LoggedAtUtc] DESC
