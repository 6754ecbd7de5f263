using Distanskontakt.Domain.Questions;

namespace Distanskontakt.Web.Components.Shared;

/// <summary>
/// What <see cref="WizardShell"/> needs of a wizard whose state lives in its address: the Skåne registration wizard
/// (<c>Registrera.WizardState</c>) and Region Halland's assessment (<c>Halland.HallandWizardState</c>). Their
/// engines, answers and results differ in type, so the shell sees answers as wire names and values only.
/// </summary>
public interface IWizardState
{
    /// <summary>The page the wizard lives on ("/registrera"); other pages' addresses are not its business.</summary>
    string Page { get; }

    /// <summary>The address of the current answers ("/registrera?system=pmo&amp;…").</summary>
    string Url { get; }

    /// <summary>True after <see cref="Apply"/> read values the address should drop (invalid or off the path).</summary>
    bool AddressNeedsRewrite { get; }

    /// <summary>The question whose options the number keys choose, if one is shown.</summary>
    IAskedQuestion? KeyedQuestion { get; }

    /// <summary>An earlier answer is open for a change.</summary>
    bool IsEditing { get; }

    bool CanGoBack { get; }

    /// <summary>What the live region says: the question asked, or the result.</summary>
    string? Announcement { get; }

    /// <summary>Reads the answers from an address (a bookmark, a link, a reload, the situation search).</summary>
    void Apply(string uri);

    /// <summary>Answers a question by its wire name; false when the value is not one of its values.</summary>
    bool Answer(string name, string value);

    /// <summary>Cancels an open change, else takes back the last answer; false when there is nothing to go back to.</summary>
    bool Back();
}
