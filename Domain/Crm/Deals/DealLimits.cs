namespace Lodestar.Domain.Crm.Deals;

public static class DealLimits
{
    public const int Name = 200;
    public const int Reason = 500;
    public const int StageName = 60;
    public const int MaxStages = 20;
}
