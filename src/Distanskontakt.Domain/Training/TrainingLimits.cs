namespace Distanskontakt.Domain.Training;

/// <summary>The sizes of what trainer mode keeps. Storage and validation read them from here.</summary>
public static class TrainingLimits
{
    /// <summary>A scenario id: a shipped id (<c>v4-pmo-…</c>) or <c>eget-42</c> for a trainer's own.</summary>
    public const int ScenarioIdMaxLength = 100;

    public const int TitleMaxLength = 120;

    public const int SituationMaxLength = 2000;

    /// <summary>The answers in address form (<c>system=pmo&amp;channel=phone&amp;…</c>).</summary>
    public const int AnswersMaxLength = 400;

    public const int ContactTypeCodeMaxLength = 16;

    public const int ContactTypeNameMaxLength = 120;

    /// <summary>Wire names of the required obligations, comma-separated.</summary>
    public const int ObligationsMaxLength = 400;

    /// <summary>The default number of scenarios in an övning.</summary>
    public const int DefaultQuizLength = 10;

    public const int MaxQuizLength = 50;
}
