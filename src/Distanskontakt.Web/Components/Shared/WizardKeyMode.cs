namespace Distanskontakt.Web.Components.Shared;

/// <summary>What the keys of <see cref="WizardKeys"/> do.</summary>
public enum WizardKeyMode
{
    /// <summary>A wizard: a digit chooses that option, Backspace goes back, arrows move among the options.</summary>
    Options,

    /// <summary>A demonstration: → Space Enter PageDown raise "next", ← Backspace PageUp raise "back".</summary>
    Steps,
}
