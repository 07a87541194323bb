#!/usr/bin/perl
# Runs SQL through Perl DBI + DBD::ODBC and prints one JSON line per statement.
# usage: dbi_client.pl CONNECTION_STRING STATEMENT...
# The protocol is the one of pyodbc_client.py (see its docstring): plain SQL, "@tables", or a
# JSON object {"op": "query"|"tables"|"columns"|"primaryKeys"|"typeInfo", ...}.
# DBI calls used: prepare/bind_param/execute, fetchall_arrayref($slice, $max_rows) for
# fetchmany, table_info, column_info, primary_key_info, type_info_all.
use strict;
use warnings;
use DBI qw(:sql_types);
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
# Page bodies run to megabytes: read long columns whole, and fail rather than truncate.
$dbh->{LongReadLen} = 64 * 1024 * 1024;
$dbh->{LongTruncOk} = 0;

sub fail {
    my ($stmt, $h) = @_;
    emit({ sql => $stmt, error => { state => $h->state, message => $h->errstr } });
}

for my $stmt (@ARGV) {
    my ($sth, $fetchmany);
    my $s = $stmt =~ /^\{/ ? JSON::PP->new->utf8(0)->decode(decode('UTF-8', $stmt)) : undef;
    my $op = $s ? ($s->{op} // 'query') : '';
    if ($stmt eq '@tables') {
        $sth = $dbh->table_info(undef, undef, '%', undef);
    } elsif ($op eq 'tables') {
        $sth = $dbh->table_info($s->{catalog}, $s->{schema}, $s->{table}, $s->{type});
    } elsif ($op eq 'columns') {
        # DBD::ODBC turns an undefined column into '', which as a pattern matches no column
        $sth = $dbh->column_info($s->{catalog}, $s->{schema}, $s->{table}, $s->{column} // '%');
    } elsif ($op eq 'primaryKeys') {
        $sth = $dbh->primary_key_info($s->{catalog}, $s->{schema}, $s->{table});
    } elsif ($op eq 'typeInfo') {
        my $info = $dbh->type_info_all;
        if (!$info) { fail($stmt, $dbh); next; }
        my ($index, @rows) = @$info;
        my @cols = sort { $index->{$a} <=> $index->{$b} } keys %$index;
        emit({ sql => $stmt, columns => \@cols, rows => \@rows });
        next;
    } elsif ($s) {
        $sth = $dbh->prepare($s->{sql});
        if ($sth) {
            my $i = 0;
            for my $p (@{ $s->{params} || [] }) {
                $i++;
                if (ref $p eq 'HASH' && $p->{type} eq 'timestamp') {
                    $sth->bind_param($i, $p->{value}, { TYPE => SQL_TYPE_TIMESTAMP });
                } else {
                    $sth->bind_param($i, $p);
                }
            }
            $sth->execute() unless $sth->err;
        }
        $fetchmany = $s->{fetchmany};
    } else {
        $sth = $dbh->prepare($stmt);
        $sth->execute() if $sth;
    }
    if (!$sth || $sth->err) {
        fail($stmt, $sth && $sth->err ? $sth : $dbh);
        next;
    }
    my @cols = @{ $sth->{NAME} || [] };
    my $answer = { sql => $stmt, columns => \@cols };
    if ($fetchmany) {
        my (@rows, @batches);
        while (my $batch = $sth->fetchall_arrayref(undef, $fetchmany)) {
            last if !@$batch;
            push @batches, scalar @$batch;
            push @rows, @$batch;
        }
        $answer->{rows} = \@rows;
        $answer->{batches} = \@batches;
    } else {
        $answer->{rows} = $sth->fetchall_arrayref();
    }
    if ($sth->err) {
        fail($stmt, $sth);
        next;
    }
    emit($answer);
}
$dbh->disconnect;
