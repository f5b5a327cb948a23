// `brief help`: usage text for every command.

export const USAGE = `brief: headless Briefing Book Builder

Usage:
  brief templates                             list the book templates
  brief countries [--filter TEXT]             list countries and their space-diplomacy facts
  brief new --template ID --country CC --date YYYY-MM-DD --out BOOK.json
            [--city CITY] [--counterpart NAME] [--counterpart-title TITLE]
            [--counterpart-native NAME] [--principal NAME] [--principal-title TITLE] [--force]
                                              draft a book file
  brief set BOOK.json [--date YYYY-MM-DD] [--city CITY] [--counterpart NAME]
            [--counterpart-title TITLE] [--counterpart-native NAME]
            [--principal NAME] [--principal-title TITLE]
                                              change a book's details; every field follows
  brief next-round BOOK.json --date YYYY-MM-DD [--city CITY] --out NEW.json [--force]
                                              copy a book for the next meeting (fresh clearance)
  brief export BOOK.json [BOOK2.json ...] --out OUT.pdf [--title PACKET_TITLE] [--force] [--final]
                                              export one book, or several as a packet, to PDF;
                                              --final refuses a book that is not ready (see check);
                                              --password-file FILE encrypts it (AES-256) with the
                                              password on FILE's first line (8..128 characters);
                                              --audience full|nonpaper|pocket: the book, a
                                              non-paper (U portions only, no if-raised, plain
                                              title page; --keep-citations keeps framework
                                              citations) or a pocket card (at most 2 half-letter
                                              pages, or it fails naming what overflows)
  brief export BOOK.json --format docx --out OUT.docx [--force] [--final]
                                              export one book as Word for clearance (banner,
                                              portion marks, cleared language, block bookmarks)
  brief export BOOK.json --copies N --recipients "A;B;C" --out DIR [--force] [--final]
                                              N numbered copies ("Copy k of N" and the recipient
                                              beside every banner) into the folder DIR, all or
                                              none; each is logged in BOOK.json (sha256, time)
  brief export BOOK.json --addendum --out DIR [--force] [--final]
                                              "Addendum n to Copy k of N" for each recipient of the
                                              last copies: only the tabs changed since the last
                                              distribution, after a change list; logged in BOOK.json
  brief identify FILE.pdf [BOOK.json ...]     which book, copy and recipient a PDF is: its sha256 in
                                              the books' distribution logs, or its copy stamp
  brief check BOOK.json [--json] [--user-data DIR]
                                              readiness: placeholders, markings, quotes, facts,
                                              clearance; exit 0 when ready, 1 when not; with
                                              --user-data, against the app's data packs (drift)
  brief facts status [--user-data DIR]        the data packs in use (country facts, framework):
                                              version, date signed, age
  brief facts import PACK [--user-data DIR]   verify a signed data pack and install it for the app;
                                              refused when unsigned, altered, of an unknown key,
                                              or not newer than the pack in use. DIR: the app's
                                              user data folder (default: $BRIEF_USER_DATA, else
                                              the packaged app's folder)
  brief validate BOOK.json                    check a book file (schema, portion marks, framework quotes)
  brief help                                  this text

Exit codes: 0 ok, 1 bad input or data, 2 bad command line.`;
