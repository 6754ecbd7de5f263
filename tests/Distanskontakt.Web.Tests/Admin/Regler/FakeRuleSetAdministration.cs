using Distanskontakt.Infrastructure.RuleSets;

namespace Distanskontakt.Web.Tests.Admin.Regler;

/// <summary>
/// The backend as the pages see it, in memory: files, previews, an audit trail, and what was asked of it.
/// Upload and activation answer what the test set up.
/// </summary>
internal sealed class FakeRuleSetAdministration : IRuleSetAdministration
{
    private readonly Dictionary<Guid, RuleSetPreview> _previews = [];

    public List<RuleSetFileInfo> Files { get; } = [];

    public List<RuleSetAuditEntry> Audit { get; } = [];

    public List<(string FileName, string Content, string User)> Uploads { get; } = [];

    public List<(Guid FileId, string User)> Activations { get; } = [];

    /// <summary>The answer to the next upload; refused with no problems unless set.</summary>
    public RuleSetUploadResult UploadResult { get; set; } = new("0", null, []);

    public RuleSetActivation ActivationResult { get; set; } = new(true, []);

    public void Add(RuleSetPreview preview)
    {
        Files.Add(preview.File);
        _previews[preview.File.Id] = preview;
    }

    public Task<RuleSetUploadResult> UploadAsync(string fileName, string content, string user, CancellationToken cancellationToken = default)
    {
        Uploads.Add((fileName, content, user));
        return Task.FromResult(UploadResult);
    }

    public Task<IReadOnlyList<RuleSetFileInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RuleSetFileInfo>>([.. Files]);

    public Task<RuleSetPreview?> PreviewAsync(Guid fileId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_previews.TryGetValue(fileId, out var preview)
            ? preview with { File = Files.Single(f => f.Id == fileId) }
            : null);

    public Task<RuleSetActivation> ActivateAsync(Guid fileId, string user, CancellationToken cancellationToken = default)
    {
        Activations.Add((fileId, user));
        if (ActivationResult.Activated)
        {
            var index = Files.FindIndex(f => f.Id == fileId);
            Files[index] = Files[index] with
            {
                State = RuleSetFileState.Active,
                ActivatedBy = user,
                ActivatedAtUtc = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc),
            };
        }

        return Task.FromResult(ActivationResult);
    }

    public Task<IReadOnlyList<RuleSetAuditEntry>> AuditTrailAsync(int take, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<RuleSetAuditEntry>>([.. Audit.Take(take)]);
}
