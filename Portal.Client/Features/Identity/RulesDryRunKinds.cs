namespace Lodestar.Portal.Client.Features.Identity;

public static class RulesDryRunKinds
{
    public const string Merge = "merge";
    public const string Split = "split";
}
