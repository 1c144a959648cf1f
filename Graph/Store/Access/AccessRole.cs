namespace GraphServer.Store.Access;

/// <summary>
/// Who may do what, each role including the ones before it: viewers see no personal property and no small count,
/// analysts see personal properties, editors may write, admins read the audit log and manage API keys.
/// </summary>
public enum AccessRole
{
    Viewer = 0,
    Analyst = 1,
    Editor = 2,
    Admin = 3,
}
