namespace Lodestar.Portal.Client.Features.Segments.Rules;

/// <summary>"has granted &lt;category&gt;", or with <see cref="Granted"/> false "has not granted" (withdrawn or never asked).</summary>
public sealed class ConsentConditionDto : RuleNodeDto
{
    public string Category { get; set; } = "";

    public bool Granted { get; set; } = true;
}
