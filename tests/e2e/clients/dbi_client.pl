#!/usr/bin/perl
# Runs SQL through Perl DBI + DBD::ODBC and prints one JSON line per statement.
# usage: dbi_client.pl CONNECTION_STRING STATEMENT...   ("@tables" lists tables)
use strict;
use warnings;
use DBI;
use JSON::PP;
use Encode qw(decode);

binmode STDOUT, ':raw';
my $json = JSON::PP->new->canonical->utf8;
my $conn = shift @ARGV;

sub emit { print $json->encode($_[0]), "\n"; }

my $dbh = DBI->connect("dbi:ODBC:$conn", undef, undef,
    { RaiseError => 0, PrintError => 0, AutoCommit => 1, odbc_utf8_on => 1 });
if (!$dbh) {
    emit({ sql => '@connect', error => { state => $DBI::state, message => $DBI::errstr } });
    exit 0;
}
for my $stmt (@ARGV) {
    my $sth;
    if ($stmt eq '@tables') {
        $sth = $dbh->table_info(undef, undef, '%', undef);
    } else {
        $sth = $dbh->prepare($stmt);
        $sth->execute() if $sth;
    }
    if (!$sth || $sth->err) {
        my $h = $sth && $sth->err ? $sth : $dbh;
        emit({ sql => $stmt, error => { state => $h->state, message => $h->errstr } });
        next;
    }
    my @cols = @{ $sth->{NAME} || [] };
    my $rows = $sth->fetchall_arrayref();
    if ($sth->err) {
        emit({ sql => $stmt, error => { state => $sth->state, message => $sth->errstr } });
        next;
    }
    emit({ sql => $stmt, columns => \@cols, rows => $rows });
}
$dbh->disconnect;
