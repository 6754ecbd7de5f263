namespace Distanskontakt.Web.Components.Shared;

/// <summary>The Swedish texts of the wizard shell, the same on every wizard page.</summary>
public static class ShellTexts
{
    public const string Back = "Tillbaka";

    public const string CancelChange = "Avbryt ändringen";

    public const string BackHint = "eller Backspace";
}
