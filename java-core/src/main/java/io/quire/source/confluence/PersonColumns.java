package io.quire.source.confluence;

import static io.quire.sql.ColumnDef.of;
import static io.quire.sql.ColumnDef.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.quire.source.confluence.ConfluenceTable.Col;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The columns of a user as v1 returns one, shared by Users, AllUsers, GroupMembers and
 * Contributors. Cloud identifies users by accountId (and shows publicName, email, accountType);
 * Data Center by userKey and username. AccountId holds the id a deployment uses for people
 * everywhere else (CreatedByAccountId...): the account id on Cloud, the user key on Data Center.
 */
final class PersonColumns {
    private PersonColumns() {
    }

    static List<Col> all() {
        return List.of(
                new Col(text("AccountId", 128, "Account id (Cloud) or user key (Data Center): the id other tables refer to people by."),
                        JsonValues::personId),
                new Col(text("UserKey", 128, "User key (Data Center only; NULL on Cloud)."), j -> JsonValues.text(j, "userKey")),
                new Col(text("UserName", 255, "Login name (Data Center only; NULL on Cloud)."), j -> JsonValues.text(j, "username")),
                new Col(text("DisplayName", 255, "Name shown for the user."), j -> JsonValues.text(j, "displayName")),
                new Col(text("PublicName", 255, "Public name (Cloud only)."), j -> JsonValues.text(j, "publicName")),
                new Col(text("Email", 255, "E-mail address when the user's privacy settings show it (Cloud only)."),
                        j -> blankIsNull(JsonValues.text(j, "email"))),
                new Col(text("AccountType", 50, "atlassian, app or customer (Cloud only)."), j -> JsonValues.text(j, "accountType")),
                new Col(text("Type", 50, "known, unknown, anonymous or user."), j -> JsonValues.text(j, "type")),
                new Col(text("Status", 50, "Account status: active, inactive, closed (Cloud); the expanded status on Data Center."),
                        PersonColumns::status),
                new Col(text("ProfilePicturePath", 1024, "Path of the profile picture."),
                        j -> JsonValues.text(j, "profilePicture", "path")),
                new Col(of("ProfilePictureWidth", SqlTypeName.INTEGER, "Profile picture width in pixels."),
                        j -> JsonValues.integer(j, "profilePicture", "width")),
                new Col(of("ProfilePictureHeight", SqlTypeName.INTEGER, "Profile picture height in pixels."),
                        j -> JsonValues.integer(j, "profilePicture", "height")),
                new Col(of("IsDefaultPicture", SqlTypeName.BOOLEAN, "Whether the picture is the default one."),
                        j -> JsonValues.bool(j, "profilePicture", "isDefault")));
    }

    private static Object status(JsonNode j) {
        String s = JsonValues.text(j, "accountStatus");
        if (s != null) {
            return s;
        }
        JsonNode st = JsonValues.at(j, "status");
        if (st != null && st.isObject()) {
            return JsonValues.text(st, "value");
        }
        return JsonValues.text(j, "status");
    }

    private static String blankIsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
