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
                                              password on FILE's first line (8..128 characters)
  brief export BOOK.json --format docx --out OUT.docx [--force] [--final]
                                              export one book as Word for clearance (banner,
                                              portion marks, cleared language, block bookmarks)
  brief check BOOK.json [--json]              readiness: placeholders, markings, quotes, facts,
                                              clearance; exit 0 when ready, 1 when not
  brief validate BOOK.json                    check a book file (schema, portion marks, framework quotes)
  brief help                                  this text

Exit codes: 0 ok, 1 bad input or data, 2 bad command line.`;
