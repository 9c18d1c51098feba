namespace Lodestar.Domain.Crm;

public static class CrmRecordTypes
{
    public const string Contact = "contact";
    public const string Account = "account";
    public const string Deal = "deal";
    public const string Pipeline = "pipeline";
    public const string Ticket = "ticket";
    public const string Activity = "activity";
}
