namespace Distanskontakt.Web.Components.Shared;

/// <summary>One answer as the address spells it: the question's wire name and the option's value ("system", "pmo").</summary>
public readonly record struct WizardAnswer(string Name, string Value);
