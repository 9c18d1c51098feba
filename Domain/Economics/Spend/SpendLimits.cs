namespace Lodestar.Domain.Economics.Spend;

/// <summary>Lengths of the spend fields, shared by the validator and the database columns.</summary>
public static class SpendLimits
{
    public const int ChannelLength = 100;
    public const int CampaignLength = 200;
    public const int MaxRows = Crm.Import.CsvImportReader.MaxRows;
}
