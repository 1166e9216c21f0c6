"""What the program asks of the operating system: where its files go (paths), files written whole
or not at all (files), the processes and machine that hold a lock (processes), and a pause of the
garbage collector around bulk passes (collector).

Below data: the storage layer, the exchange and the reports all need these, and none of them needs
a database.
"""
